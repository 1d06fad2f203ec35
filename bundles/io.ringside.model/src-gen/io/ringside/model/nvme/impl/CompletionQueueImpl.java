/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.CompletionEntry;
import io.ringside.model.nvme.CompletionQueue;
import io.ringside.model.nvme.NvmePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Completion Queue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getQid <em>Qid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getSize <em>Size</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getVector <em>Vector</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#isCreated <em>Created</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getTail <em>Tail</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getControllerHead <em>Controller Head</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getHostHead <em>Host Head</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getHostPhase <em>Host Phase</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getDoorbell <em>Doorbell</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getUnconsumed <em>Unconsumed</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getCompletions <em>Completions</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getMmioDoorbells <em>Mmio Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getSkippedDoorbells <em>Skipped Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getInterrupts <em>Interrupts</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionQueueImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompletionQueueImpl extends EObjectImpl implements CompletionQueue {
	/**
	 * The default value of the '{@link #getQid() <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQid()
	 * @generated
	 * @ordered
	 */
	protected static final int QID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQid() <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQid()
	 * @generated
	 * @ordered
	 */
	protected int qid = QID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVector() <em>Vector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVector()
	 * @generated
	 * @ordered
	 */
	protected static final int VECTOR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVector() <em>Vector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVector()
	 * @generated
	 * @ordered
	 */
	protected int vector = VECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected long address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCreated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CREATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCreated()
	 * @generated
	 * @ordered
	 */
	protected boolean created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTail() <em>Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTail()
	 * @generated
	 * @ordered
	 */
	protected static final int TAIL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTail() <em>Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTail()
	 * @generated
	 * @ordered
	 */
	protected int tail = TAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final int PHASE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected int phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getControllerHead() <em>Controller Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerHead()
	 * @generated
	 * @ordered
	 */
	protected static final int CONTROLLER_HEAD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getControllerHead() <em>Controller Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerHead()
	 * @generated
	 * @ordered
	 */
	protected int controllerHead = CONTROLLER_HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostHead() <em>Host Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostHead()
	 * @generated
	 * @ordered
	 */
	protected static final int HOST_HEAD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHostHead() <em>Host Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostHead()
	 * @generated
	 * @ordered
	 */
	protected int hostHead = HOST_HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostPhase() <em>Host Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPhase()
	 * @generated
	 * @ordered
	 */
	protected static final int HOST_PHASE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHostPhase() <em>Host Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPhase()
	 * @generated
	 * @ordered
	 */
	protected int hostPhase = HOST_PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoorbell() <em>Doorbell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoorbell()
	 * @generated
	 * @ordered
	 */
	protected static final int DOORBELL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDoorbell() <em>Doorbell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoorbell()
	 * @generated
	 * @ordered
	 */
	protected int doorbell = DOORBELL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnconsumed() <em>Unconsumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnconsumed()
	 * @generated
	 * @ordered
	 */
	protected static final int UNCONSUMED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUnconsumed() <em>Unconsumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnconsumed()
	 * @generated
	 * @ordered
	 */
	protected int unconsumed = UNCONSUMED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletions() <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletions()
	 * @generated
	 * @ordered
	 */
	protected static final long COMPLETIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCompletions() <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletions()
	 * @generated
	 * @ordered
	 */
	protected long completions = COMPLETIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMmioDoorbells() <em>Mmio Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMmioDoorbells()
	 * @generated
	 * @ordered
	 */
	protected static final long MMIO_DOORBELLS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMmioDoorbells() <em>Mmio Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMmioDoorbells()
	 * @generated
	 * @ordered
	 */
	protected long mmioDoorbells = MMIO_DOORBELLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkippedDoorbells() <em>Skipped Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkippedDoorbells()
	 * @generated
	 * @ordered
	 */
	protected static final long SKIPPED_DOORBELLS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSkippedDoorbells() <em>Skipped Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkippedDoorbells()
	 * @generated
	 * @ordered
	 */
	protected long skippedDoorbells = SKIPPED_DOORBELLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterrupts() <em>Interrupts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterrupts()
	 * @generated
	 * @ordered
	 */
	protected static final long INTERRUPTS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInterrupts() <em>Interrupts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterrupts()
	 * @generated
	 * @ordered
	 */
	protected long interrupts = INTERRUPTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<CompletionEntry> entries;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompletionQueueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NvmePackage.Literals.COMPLETION_QUEUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQid() {
		return qid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQid(int newQid) {
		int oldQid = qid;
		qid = newQid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__QID, oldQid, qid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVector() {
		return vector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVector(int newVector) {
		int oldVector = vector;
		vector = newVector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__VECTOR, oldVector, vector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(long newAddress) {
		long oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(boolean newCreated) {
		boolean oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTail() {
		return tail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTail(int newTail) {
		int oldTail = tail;
		tail = newTail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__TAIL, oldTail, tail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(int newPhase) {
		int oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getControllerHead() {
		return controllerHead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControllerHead(int newControllerHead) {
		int oldControllerHead = controllerHead;
		controllerHead = newControllerHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__CONTROLLER_HEAD, oldControllerHead, controllerHead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHostHead() {
		return hostHead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostHead(int newHostHead) {
		int oldHostHead = hostHead;
		hostHead = newHostHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__HOST_HEAD, oldHostHead, hostHead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHostPhase() {
		return hostPhase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostPhase(int newHostPhase) {
		int oldHostPhase = hostPhase;
		hostPhase = newHostPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__HOST_PHASE, oldHostPhase, hostPhase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDoorbell() {
		return doorbell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoorbell(int newDoorbell) {
		int oldDoorbell = doorbell;
		doorbell = newDoorbell;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__DOORBELL, oldDoorbell, doorbell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnconsumed() {
		return unconsumed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnconsumed(int newUnconsumed) {
		int oldUnconsumed = unconsumed;
		unconsumed = newUnconsumed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__UNCONSUMED, oldUnconsumed, unconsumed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCompletions() {
		return completions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletions(long newCompletions) {
		long oldCompletions = completions;
		completions = newCompletions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__COMPLETIONS, oldCompletions, completions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMmioDoorbells() {
		return mmioDoorbells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMmioDoorbells(long newMmioDoorbells) {
		long oldMmioDoorbells = mmioDoorbells;
		mmioDoorbells = newMmioDoorbells;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__MMIO_DOORBELLS, oldMmioDoorbells, mmioDoorbells));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSkippedDoorbells() {
		return skippedDoorbells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkippedDoorbells(long newSkippedDoorbells) {
		long oldSkippedDoorbells = skippedDoorbells;
		skippedDoorbells = newSkippedDoorbells;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__SKIPPED_DOORBELLS, oldSkippedDoorbells, skippedDoorbells));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInterrupts() {
		return interrupts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterrupts(long newInterrupts) {
		long oldInterrupts = interrupts;
		interrupts = newInterrupts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__INTERRUPTS, oldInterrupts, interrupts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CompletionEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<CompletionEntry>(CompletionEntry.class, this, NvmePackage.COMPLETION_QUEUE__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_QUEUE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NvmePackage.COMPLETION_QUEUE__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case NvmePackage.COMPLETION_QUEUE__QID:
				return getQid();
			case NvmePackage.COMPLETION_QUEUE__SIZE:
				return getSize();
			case NvmePackage.COMPLETION_QUEUE__VECTOR:
				return getVector();
			case NvmePackage.COMPLETION_QUEUE__ADDRESS:
				return getAddress();
			case NvmePackage.COMPLETION_QUEUE__CREATED:
				return isCreated();
			case NvmePackage.COMPLETION_QUEUE__TAIL:
				return getTail();
			case NvmePackage.COMPLETION_QUEUE__PHASE:
				return getPhase();
			case NvmePackage.COMPLETION_QUEUE__CONTROLLER_HEAD:
				return getControllerHead();
			case NvmePackage.COMPLETION_QUEUE__HOST_HEAD:
				return getHostHead();
			case NvmePackage.COMPLETION_QUEUE__HOST_PHASE:
				return getHostPhase();
			case NvmePackage.COMPLETION_QUEUE__DOORBELL:
				return getDoorbell();
			case NvmePackage.COMPLETION_QUEUE__UNCONSUMED:
				return getUnconsumed();
			case NvmePackage.COMPLETION_QUEUE__COMPLETIONS:
				return getCompletions();
			case NvmePackage.COMPLETION_QUEUE__MMIO_DOORBELLS:
				return getMmioDoorbells();
			case NvmePackage.COMPLETION_QUEUE__SKIPPED_DOORBELLS:
				return getSkippedDoorbells();
			case NvmePackage.COMPLETION_QUEUE__INTERRUPTS:
				return getInterrupts();
			case NvmePackage.COMPLETION_QUEUE__ENTRIES:
				return getEntries();
			case NvmePackage.COMPLETION_QUEUE__LABEL:
				return getLabel();
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
			case NvmePackage.COMPLETION_QUEUE__QID:
				setQid((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__SIZE:
				setSize((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__VECTOR:
				setVector((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__ADDRESS:
				setAddress((Long)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__CREATED:
				setCreated((Boolean)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__TAIL:
				setTail((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__PHASE:
				setPhase((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__CONTROLLER_HEAD:
				setControllerHead((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__HOST_HEAD:
				setHostHead((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__HOST_PHASE:
				setHostPhase((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__DOORBELL:
				setDoorbell((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__UNCONSUMED:
				setUnconsumed((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__COMPLETIONS:
				setCompletions((Long)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__MMIO_DOORBELLS:
				setMmioDoorbells((Long)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__SKIPPED_DOORBELLS:
				setSkippedDoorbells((Long)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__INTERRUPTS:
				setInterrupts((Long)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends CompletionEntry>)newValue);
				return;
			case NvmePackage.COMPLETION_QUEUE__LABEL:
				setLabel((String)newValue);
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
			case NvmePackage.COMPLETION_QUEUE__QID:
				setQid(QID_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__VECTOR:
				setVector(VECTOR_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__TAIL:
				setTail(TAIL_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__CONTROLLER_HEAD:
				setControllerHead(CONTROLLER_HEAD_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__HOST_HEAD:
				setHostHead(HOST_HEAD_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__HOST_PHASE:
				setHostPhase(HOST_PHASE_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__DOORBELL:
				setDoorbell(DOORBELL_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__UNCONSUMED:
				setUnconsumed(UNCONSUMED_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__COMPLETIONS:
				setCompletions(COMPLETIONS_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__MMIO_DOORBELLS:
				setMmioDoorbells(MMIO_DOORBELLS_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__SKIPPED_DOORBELLS:
				setSkippedDoorbells(SKIPPED_DOORBELLS_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__INTERRUPTS:
				setInterrupts(INTERRUPTS_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_QUEUE__ENTRIES:
				getEntries().clear();
				return;
			case NvmePackage.COMPLETION_QUEUE__LABEL:
				setLabel(LABEL_EDEFAULT);
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
			case NvmePackage.COMPLETION_QUEUE__QID:
				return qid != QID_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__SIZE:
				return size != SIZE_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__VECTOR:
				return vector != VECTOR_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__CREATED:
				return created != CREATED_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__TAIL:
				return tail != TAIL_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__PHASE:
				return phase != PHASE_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__CONTROLLER_HEAD:
				return controllerHead != CONTROLLER_HEAD_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__HOST_HEAD:
				return hostHead != HOST_HEAD_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__HOST_PHASE:
				return hostPhase != HOST_PHASE_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__DOORBELL:
				return doorbell != DOORBELL_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__UNCONSUMED:
				return unconsumed != UNCONSUMED_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__COMPLETIONS:
				return completions != COMPLETIONS_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__MMIO_DOORBELLS:
				return mmioDoorbells != MMIO_DOORBELLS_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__SKIPPED_DOORBELLS:
				return skippedDoorbells != SKIPPED_DOORBELLS_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__INTERRUPTS:
				return interrupts != INTERRUPTS_EDEFAULT;
			case NvmePackage.COMPLETION_QUEUE__ENTRIES:
				return entries != null && !entries.isEmpty();
			case NvmePackage.COMPLETION_QUEUE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
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
		result.append(" (qid: ");
		result.append(qid);
		result.append(", size: ");
		result.append(size);
		result.append(", vector: ");
		result.append(vector);
		result.append(", address: ");
		result.append(address);
		result.append(", created: ");
		result.append(created);
		result.append(", tail: ");
		result.append(tail);
		result.append(", phase: ");
		result.append(phase);
		result.append(", controllerHead: ");
		result.append(controllerHead);
		result.append(", hostHead: ");
		result.append(hostHead);
		result.append(", hostPhase: ");
		result.append(hostPhase);
		result.append(", doorbell: ");
		result.append(doorbell);
		result.append(", unconsumed: ");
		result.append(unconsumed);
		result.append(", completions: ");
		result.append(completions);
		result.append(", mmioDoorbells: ");
		result.append(mmioDoorbells);
		result.append(", skippedDoorbells: ");
		result.append(skippedDoorbells);
		result.append(", interrupts: ");
		result.append(interrupts);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //CompletionQueueImpl
