/**
 */
package io.ringside.model.virtio.util;

import io.ringside.model.trace.Device;
import io.ringside.model.trace.Queue;

import io.ringside.model.virtio.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.ringside.model.virtio.VirtioPackage
 * @generated
 */
public class VirtioAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static VirtioPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtioAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = VirtioPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtioSwitch<Adapter> modelSwitch =
		new VirtioSwitch<Adapter>() {
			@Override
			public Adapter caseVirtioDevice(VirtioDevice object) {
				return createVirtioDeviceAdapter();
			}
			@Override
			public Adapter caseFeatureSet(FeatureSet object) {
				return createFeatureSetAdapter();
			}
			@Override
			public Adapter caseVirtqueue(Virtqueue object) {
				return createVirtqueueAdapter();
			}
			@Override
			public Adapter caseSplitVirtqueue(SplitVirtqueue object) {
				return createSplitVirtqueueAdapter();
			}
			@Override
			public Adapter casePackedVirtqueue(PackedVirtqueue object) {
				return createPackedVirtqueueAdapter();
			}
			@Override
			public Adapter caseDescriptor(Descriptor object) {
				return createDescriptorAdapter();
			}
			@Override
			public Adapter caseDescriptorChain(DescriptorChain object) {
				return createDescriptorChainAdapter();
			}
			@Override
			public Adapter caseAvailRing(AvailRing object) {
				return createAvailRingAdapter();
			}
			@Override
			public Adapter caseUsedRing(UsedRing object) {
				return createUsedRingAdapter();
			}
			@Override
			public Adapter caseUsedElement(UsedElement object) {
				return createUsedElementAdapter();
			}
			@Override
			public Adapter caseEventSuppression(EventSuppression object) {
				return createEventSuppressionAdapter();
			}
			@Override
			public Adapter caseDevice(Device object) {
				return createDeviceAdapter();
			}
			@Override
			public Adapter caseQueue(Queue object) {
				return createQueueAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.VirtioDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.VirtioDevice
	 * @generated
	 */
	public Adapter createVirtioDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.FeatureSet <em>Feature Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.FeatureSet
	 * @generated
	 */
	public Adapter createFeatureSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.Virtqueue <em>Virtqueue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.Virtqueue
	 * @generated
	 */
	public Adapter createVirtqueueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.SplitVirtqueue <em>Split Virtqueue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.SplitVirtqueue
	 * @generated
	 */
	public Adapter createSplitVirtqueueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.PackedVirtqueue <em>Packed Virtqueue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.PackedVirtqueue
	 * @generated
	 */
	public Adapter createPackedVirtqueueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.Descriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.Descriptor
	 * @generated
	 */
	public Adapter createDescriptorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.DescriptorChain <em>Descriptor Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.DescriptorChain
	 * @generated
	 */
	public Adapter createDescriptorChainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.AvailRing <em>Avail Ring</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.AvailRing
	 * @generated
	 */
	public Adapter createAvailRingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.UsedRing <em>Used Ring</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.UsedRing
	 * @generated
	 */
	public Adapter createUsedRingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.UsedElement <em>Used Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.UsedElement
	 * @generated
	 */
	public Adapter createUsedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.virtio.EventSuppression <em>Event Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.virtio.EventSuppression
	 * @generated
	 */
	public Adapter createEventSuppressionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.trace.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.trace.Device
	 * @generated
	 */
	public Adapter createDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.trace.Queue <em>Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.trace.Queue
	 * @generated
	 */
	public Adapter createQueueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //VirtioAdapterFactory
