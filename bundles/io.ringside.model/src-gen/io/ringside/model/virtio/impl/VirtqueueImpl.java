/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.trace.impl.QueueImpl;

import io.ringside.model.virtio.Descriptor;
import io.ringside.model.virtio.DescriptorChain;
import io.ringside.model.virtio.VirtioPackage;
import io.ringside.model.virtio.Virtqueue;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtqueue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#isEventIdx <em>Event Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#isInOrder <em>In Order</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#isIndirect <em>Indirect</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getLastAvailIdx <em>Last Avail Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getAvailIdx <em>Avail Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getUsedIdx <em>Used Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getBuffersMadeAvailable <em>Buffers Made Available</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getBuffersUsed <em>Buffers Used</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getKicksSuppressed <em>Kicks Suppressed</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getInterruptsSuppressed <em>Interrupts Suppressed</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getBatches <em>Batches</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getDescriptors <em>Descriptors</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtqueueImpl#getChains <em>Chains</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class VirtqueueImpl extends QueueImpl implements Virtqueue {
	/**
	 * The default value of the '{@link #isEventIdx() <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEventIdx()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EVENT_IDX_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEventIdx() <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEventIdx()
	 * @generated
	 * @ordered
	 */
	protected boolean eventIdx = EVENT_IDX_EDEFAULT;

	/**
	 * The default value of the '{@link #isInOrder() <em>In Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInOrder()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IN_ORDER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInOrder() <em>In Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInOrder()
	 * @generated
	 * @ordered
	 */
	protected boolean inOrder = IN_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #isIndirect() <em>Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIndirect()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INDIRECT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIndirect() <em>Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIndirect()
	 * @generated
	 * @ordered
	 */
	protected boolean indirect = INDIRECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastAvailIdx() <em>Last Avail Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastAvailIdx()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_AVAIL_IDX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastAvailIdx() <em>Last Avail Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastAvailIdx()
	 * @generated
	 * @ordered
	 */
	protected int lastAvailIdx = LAST_AVAIL_IDX_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvailIdx() <em>Avail Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailIdx()
	 * @generated
	 * @ordered
	 */
	protected static final int AVAIL_IDX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAvailIdx() <em>Avail Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailIdx()
	 * @generated
	 * @ordered
	 */
	protected int availIdx = AVAIL_IDX_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsedIdx() <em>Used Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedIdx()
	 * @generated
	 * @ordered
	 */
	protected static final int USED_IDX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUsedIdx() <em>Used Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedIdx()
	 * @generated
	 * @ordered
	 */
	protected int usedIdx = USED_IDX_EDEFAULT;

	/**
	 * The default value of the '{@link #getBuffersMadeAvailable() <em>Buffers Made Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuffersMadeAvailable()
	 * @generated
	 * @ordered
	 */
	protected static final long BUFFERS_MADE_AVAILABLE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBuffersMadeAvailable() <em>Buffers Made Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuffersMadeAvailable()
	 * @generated
	 * @ordered
	 */
	protected long buffersMadeAvailable = BUFFERS_MADE_AVAILABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBuffersUsed() <em>Buffers Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuffersUsed()
	 * @generated
	 * @ordered
	 */
	protected static final long BUFFERS_USED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBuffersUsed() <em>Buffers Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuffersUsed()
	 * @generated
	 * @ordered
	 */
	protected long buffersUsed = BUFFERS_USED_EDEFAULT;

	/**
	 * The default value of the '{@link #getKicksSuppressed() <em>Kicks Suppressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKicksSuppressed()
	 * @generated
	 * @ordered
	 */
	protected static final long KICKS_SUPPRESSED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getKicksSuppressed() <em>Kicks Suppressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKicksSuppressed()
	 * @generated
	 * @ordered
	 */
	protected long kicksSuppressed = KICKS_SUPPRESSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterruptsSuppressed() <em>Interrupts Suppressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptsSuppressed()
	 * @generated
	 * @ordered
	 */
	protected static final long INTERRUPTS_SUPPRESSED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInterruptsSuppressed() <em>Interrupts Suppressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptsSuppressed()
	 * @generated
	 * @ordered
	 */
	protected long interruptsSuppressed = INTERRUPTS_SUPPRESSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatches() <em>Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatches()
	 * @generated
	 * @ordered
	 */
	protected static final String BATCHES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBatches() <em>Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatches()
	 * @generated
	 * @ordered
	 */
	protected String batches = BATCHES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDescriptors() <em>Descriptors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptors()
	 * @generated
	 * @ordered
	 */
	protected EList<Descriptor> descriptors;

	/**
	 * The cached value of the '{@link #getChains() <em>Chains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChains()
	 * @generated
	 * @ordered
	 */
	protected EList<DescriptorChain> chains;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtqueueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.VIRTQUEUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEventIdx() {
		return eventIdx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventIdx(boolean newEventIdx) {
		boolean oldEventIdx = eventIdx;
		eventIdx = newEventIdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__EVENT_IDX, oldEventIdx, eventIdx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInOrder() {
		return inOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInOrder(boolean newInOrder) {
		boolean oldInOrder = inOrder;
		inOrder = newInOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__IN_ORDER, oldInOrder, inOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIndirect() {
		return indirect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndirect(boolean newIndirect) {
		boolean oldIndirect = indirect;
		indirect = newIndirect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__INDIRECT, oldIndirect, indirect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastAvailIdx() {
		return lastAvailIdx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastAvailIdx(int newLastAvailIdx) {
		int oldLastAvailIdx = lastAvailIdx;
		lastAvailIdx = newLastAvailIdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__LAST_AVAIL_IDX, oldLastAvailIdx, lastAvailIdx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAvailIdx() {
		return availIdx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailIdx(int newAvailIdx) {
		int oldAvailIdx = availIdx;
		availIdx = newAvailIdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__AVAIL_IDX, oldAvailIdx, availIdx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUsedIdx() {
		return usedIdx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsedIdx(int newUsedIdx) {
		int oldUsedIdx = usedIdx;
		usedIdx = newUsedIdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__USED_IDX, oldUsedIdx, usedIdx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBuffersMadeAvailable() {
		return buffersMadeAvailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuffersMadeAvailable(long newBuffersMadeAvailable) {
		long oldBuffersMadeAvailable = buffersMadeAvailable;
		buffersMadeAvailable = newBuffersMadeAvailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__BUFFERS_MADE_AVAILABLE, oldBuffersMadeAvailable, buffersMadeAvailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBuffersUsed() {
		return buffersUsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuffersUsed(long newBuffersUsed) {
		long oldBuffersUsed = buffersUsed;
		buffersUsed = newBuffersUsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__BUFFERS_USED, oldBuffersUsed, buffersUsed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getKicksSuppressed() {
		return kicksSuppressed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKicksSuppressed(long newKicksSuppressed) {
		long oldKicksSuppressed = kicksSuppressed;
		kicksSuppressed = newKicksSuppressed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__KICKS_SUPPRESSED, oldKicksSuppressed, kicksSuppressed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInterruptsSuppressed() {
		return interruptsSuppressed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterruptsSuppressed(long newInterruptsSuppressed) {
		long oldInterruptsSuppressed = interruptsSuppressed;
		interruptsSuppressed = newInterruptsSuppressed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__INTERRUPTS_SUPPRESSED, oldInterruptsSuppressed, interruptsSuppressed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBatches() {
		return batches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatches(String newBatches) {
		String oldBatches = batches;
		batches = newBatches;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTQUEUE__BATCHES, oldBatches, batches));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Descriptor> getDescriptors() {
		if (descriptors == null) {
			descriptors = new EObjectContainmentEList<Descriptor>(Descriptor.class, this, VirtioPackage.VIRTQUEUE__DESCRIPTORS);
		}
		return descriptors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DescriptorChain> getChains() {
		if (chains == null) {
			chains = new EObjectContainmentEList<DescriptorChain>(DescriptorChain.class, this, VirtioPackage.VIRTQUEUE__CHAINS);
		}
		return chains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VirtioPackage.VIRTQUEUE__DESCRIPTORS:
				return ((InternalEList<?>)getDescriptors()).basicRemove(otherEnd, msgs);
			case VirtioPackage.VIRTQUEUE__CHAINS:
				return ((InternalEList<?>)getChains()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VirtioPackage.VIRTQUEUE__EVENT_IDX:
				return isEventIdx();
			case VirtioPackage.VIRTQUEUE__IN_ORDER:
				return isInOrder();
			case VirtioPackage.VIRTQUEUE__INDIRECT:
				return isIndirect();
			case VirtioPackage.VIRTQUEUE__LAST_AVAIL_IDX:
				return getLastAvailIdx();
			case VirtioPackage.VIRTQUEUE__AVAIL_IDX:
				return getAvailIdx();
			case VirtioPackage.VIRTQUEUE__USED_IDX:
				return getUsedIdx();
			case VirtioPackage.VIRTQUEUE__BUFFERS_MADE_AVAILABLE:
				return getBuffersMadeAvailable();
			case VirtioPackage.VIRTQUEUE__BUFFERS_USED:
				return getBuffersUsed();
			case VirtioPackage.VIRTQUEUE__KICKS_SUPPRESSED:
				return getKicksSuppressed();
			case VirtioPackage.VIRTQUEUE__INTERRUPTS_SUPPRESSED:
				return getInterruptsSuppressed();
			case VirtioPackage.VIRTQUEUE__BATCHES:
				return getBatches();
			case VirtioPackage.VIRTQUEUE__DESCRIPTORS:
				return getDescriptors();
			case VirtioPackage.VIRTQUEUE__CHAINS:
				return getChains();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VirtioPackage.VIRTQUEUE__EVENT_IDX:
				setEventIdx((Boolean)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__IN_ORDER:
				setInOrder((Boolean)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__INDIRECT:
				setIndirect((Boolean)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__LAST_AVAIL_IDX:
				setLastAvailIdx((Integer)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__AVAIL_IDX:
				setAvailIdx((Integer)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__USED_IDX:
				setUsedIdx((Integer)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__BUFFERS_MADE_AVAILABLE:
				setBuffersMadeAvailable((Long)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__BUFFERS_USED:
				setBuffersUsed((Long)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__KICKS_SUPPRESSED:
				setKicksSuppressed((Long)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__INTERRUPTS_SUPPRESSED:
				setInterruptsSuppressed((Long)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__BATCHES:
				setBatches((String)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__DESCRIPTORS:
				getDescriptors().clear();
				getDescriptors().addAll((Collection<? extends Descriptor>)newValue);
				return;
			case VirtioPackage.VIRTQUEUE__CHAINS:
				getChains().clear();
				getChains().addAll((Collection<? extends DescriptorChain>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case VirtioPackage.VIRTQUEUE__EVENT_IDX:
				setEventIdx(EVENT_IDX_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__IN_ORDER:
				setInOrder(IN_ORDER_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__INDIRECT:
				setIndirect(INDIRECT_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__LAST_AVAIL_IDX:
				setLastAvailIdx(LAST_AVAIL_IDX_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__AVAIL_IDX:
				setAvailIdx(AVAIL_IDX_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__USED_IDX:
				setUsedIdx(USED_IDX_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__BUFFERS_MADE_AVAILABLE:
				setBuffersMadeAvailable(BUFFERS_MADE_AVAILABLE_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__BUFFERS_USED:
				setBuffersUsed(BUFFERS_USED_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__KICKS_SUPPRESSED:
				setKicksSuppressed(KICKS_SUPPRESSED_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__INTERRUPTS_SUPPRESSED:
				setInterruptsSuppressed(INTERRUPTS_SUPPRESSED_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__BATCHES:
				setBatches(BATCHES_EDEFAULT);
				return;
			case VirtioPackage.VIRTQUEUE__DESCRIPTORS:
				getDescriptors().clear();
				return;
			case VirtioPackage.VIRTQUEUE__CHAINS:
				getChains().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case VirtioPackage.VIRTQUEUE__EVENT_IDX:
				return eventIdx != EVENT_IDX_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__IN_ORDER:
				return inOrder != IN_ORDER_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__INDIRECT:
				return indirect != INDIRECT_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__LAST_AVAIL_IDX:
				return lastAvailIdx != LAST_AVAIL_IDX_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__AVAIL_IDX:
				return availIdx != AVAIL_IDX_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__USED_IDX:
				return usedIdx != USED_IDX_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__BUFFERS_MADE_AVAILABLE:
				return buffersMadeAvailable != BUFFERS_MADE_AVAILABLE_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__BUFFERS_USED:
				return buffersUsed != BUFFERS_USED_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__KICKS_SUPPRESSED:
				return kicksSuppressed != KICKS_SUPPRESSED_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__INTERRUPTS_SUPPRESSED:
				return interruptsSuppressed != INTERRUPTS_SUPPRESSED_EDEFAULT;
			case VirtioPackage.VIRTQUEUE__BATCHES:
				return BATCHES_EDEFAULT == null ? batches != null : !BATCHES_EDEFAULT.equals(batches);
			case VirtioPackage.VIRTQUEUE__DESCRIPTORS:
				return descriptors != null && !descriptors.isEmpty();
			case VirtioPackage.VIRTQUEUE__CHAINS:
				return chains != null && !chains.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (eventIdx: ");
		result.append(eventIdx);
		result.append(", inOrder: ");
		result.append(inOrder);
		result.append(", indirect: ");
		result.append(indirect);
		result.append(", lastAvailIdx: ");
		result.append(lastAvailIdx);
		result.append(", availIdx: ");
		result.append(availIdx);
		result.append(", usedIdx: ");
		result.append(usedIdx);
		result.append(", buffersMadeAvailable: ");
		result.append(buffersMadeAvailable);
		result.append(", buffersUsed: ");
		result.append(buffersUsed);
		result.append(", kicksSuppressed: ");
		result.append(kicksSuppressed);
		result.append(", interruptsSuppressed: ");
		result.append(interruptsSuppressed);
		result.append(", batches: ");
		result.append(batches);
		result.append(')');
		return result.toString();
	}

} //VirtqueueImpl
