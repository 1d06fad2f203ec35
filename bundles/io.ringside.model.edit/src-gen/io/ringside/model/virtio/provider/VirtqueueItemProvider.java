/**
 */
package io.ringside.model.virtio.provider;


import io.ringside.model.edit.internal.RingsideEditPlugin;

import io.ringside.model.trace.provider.QueueItemProvider;

import io.ringside.model.virtio.VirtioPackage;
import io.ringside.model.virtio.Virtqueue;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.ringside.model.virtio.Virtqueue} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VirtqueueItemProvider extends QueueItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtqueueItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addEventIdxPropertyDescriptor(object);
			addInOrderPropertyDescriptor(object);
			addIndirectPropertyDescriptor(object);
			addLastAvailIdxPropertyDescriptor(object);
			addAvailIdxPropertyDescriptor(object);
			addUsedIdxPropertyDescriptor(object);
			addBuffersMadeAvailablePropertyDescriptor(object);
			addBuffersUsedPropertyDescriptor(object);
			addKicksSuppressedPropertyDescriptor(object);
			addInterruptsSuppressedPropertyDescriptor(object);
			addBatchesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Event Idx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEventIdxPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_eventIdx_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_eventIdx_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__EVENT_IDX,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the In Order feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInOrderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_inOrder_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_inOrder_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__IN_ORDER,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Indirect feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndirectPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_indirect_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_indirect_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__INDIRECT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Avail Idx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastAvailIdxPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_lastAvailIdx_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_lastAvailIdx_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__LAST_AVAIL_IDX,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Avail Idx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAvailIdxPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_availIdx_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_availIdx_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__AVAIL_IDX,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Used Idx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUsedIdxPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_usedIdx_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_usedIdx_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__USED_IDX,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Buffers Made Available feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBuffersMadeAvailablePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_buffersMadeAvailable_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_buffersMadeAvailable_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__BUFFERS_MADE_AVAILABLE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Buffers Used feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBuffersUsedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_buffersUsed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_buffersUsed_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__BUFFERS_USED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kicks Suppressed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKicksSuppressedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_kicksSuppressed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_kicksSuppressed_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__KICKS_SUPPRESSED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Interrupts Suppressed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInterruptsSuppressedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_interruptsSuppressed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_interruptsSuppressed_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__INTERRUPTS_SUPPRESSED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Batches feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBatchesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Virtqueue_batches_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Virtqueue_batches_feature", "_UI_Virtqueue_type"),
				 VirtioPackage.Literals.VIRTQUEUE__BATCHES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(VirtioPackage.Literals.VIRTQUEUE__DESCRIPTORS);
			childrenFeatures.add(VirtioPackage.Literals.VIRTQUEUE__CHAINS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Virtqueue)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_Virtqueue_type") :
			getString("_UI_Virtqueue_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Virtqueue.class)) {
			case VirtioPackage.VIRTQUEUE__EVENT_IDX:
			case VirtioPackage.VIRTQUEUE__IN_ORDER:
			case VirtioPackage.VIRTQUEUE__INDIRECT:
			case VirtioPackage.VIRTQUEUE__LAST_AVAIL_IDX:
			case VirtioPackage.VIRTQUEUE__AVAIL_IDX:
			case VirtioPackage.VIRTQUEUE__USED_IDX:
			case VirtioPackage.VIRTQUEUE__BUFFERS_MADE_AVAILABLE:
			case VirtioPackage.VIRTQUEUE__BUFFERS_USED:
			case VirtioPackage.VIRTQUEUE__KICKS_SUPPRESSED:
			case VirtioPackage.VIRTQUEUE__INTERRUPTS_SUPPRESSED:
			case VirtioPackage.VIRTQUEUE__BATCHES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case VirtioPackage.VIRTQUEUE__DESCRIPTORS:
			case VirtioPackage.VIRTQUEUE__CHAINS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return RingsideEditPlugin.INSTANCE;
	}

}
